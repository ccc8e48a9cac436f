// Where each rule's documentation lives: its README in the repository.
export const REPOSITORY_URL = 'https://github.com/article-lint/article-lint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}/README.md`;
}
