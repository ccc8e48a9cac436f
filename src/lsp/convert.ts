// LintMessage -> LSP: diagnostics, quick fixes and the fix-all edit. Pure
// functions over a snapshot of the text that was linted, so positions are
// always those of the version the messages belong to.
import { CodeAction, CodeActionKind, DiagnosticSeverity, type Diagnostic, type Location, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE } from '../engine/engine.js';
import { editOf, fixTree } from '../fix/fix.js';
import { formatOf } from '../parse/document.js';
import type { LintMessage, Place } from '../types.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.article-lint`;
export const FIX_ALL_TITLE = 'Fix all article-lint problems in this file';

const SEVERITY = { error: DiagnosticSeverity.Error, warn: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Where a related place (this file or another) is, as an LSP location. */
export type Locate = (path: string, place: Place) => Location;

export function rangeOf(snapshot: TextDocument, start: number, end: number): Range {
  return { start: snapshot.positionAt(start), end: snapshot.positionAt(end) };
}

export function toDiagnostic(message: LintMessage, snapshot: TextDocument, locate: Locate): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(snapshot, message.place.start.offset, message.place.end.offset),
    severity: SEVERITY[message.severity],
    code: message.ruleId,
    source: message.source || SOURCE,
    message: message.reason,
  };
  if (message.url) diagnostic.codeDescription = { href: message.url };
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((r) => ({ location: locate(r.path, r.place), message: r.message }));
  }
  return diagnostic;
}

/** A diagnostic for a run that could not lint the file at all (bad config, crash). */
export function failureDiagnostic(code: string, reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code,
    source: SOURCE,
    message: `article-lint could not lint this file: ${reason}`,
  };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > 40 ? oneLine.slice(0, 39) + '…' : oneLine}"`;
}

/**
 * One quick fix per suggestion of every message whose range touches `range`:
 * certain fixes (`fixable`, preferred) and suggestions alike, as the user
 * asks for each. The fix-all action applies certain fixes only (it runs
 * --fix's engine).
 */
export function quickFixes(uri: string, snapshot: TextDocument, messages: readonly LintMessage[], diagnostics: readonly Diagnostic[], range: Range, path: string): CodeAction[] {
  const text = snapshot.getText();
  const actions: CodeAction[] = [];
  let tree: ReturnType<typeof fixTree>;
  let treeBuilt = false;
  messages.forEach((message, index) => {
    const diagnostic = diagnostics[index]!;
    if (!message.expected?.length || !overlaps(diagnostic.range, range)) return;
    if (!treeBuilt) {
      tree = fixTree(text, formatOf(path));
      treeBuilt = true;
    }
    const flagged = text.slice(message.place.start.offset, message.place.end.offset);
    message.expected.forEach((suggestion, rank) => {
      // The same edit --fix makes, as if this suggestion were the fix (line deletions widened, markup kept); a suggestion
      // that cannot keep the markup is still offered as written, since the user picks it.
      const asFix = { ...message, fixable: true, expected: [suggestion] };
      const edit = editOf(asFix, text, tree) ?? editOf(asFix, text)!;
      const title = suggestion === '' ? `Delete ${quote(flagged)}` : `Replace ${quote(flagged)} with ${quote(suggestion)}`;
      const action = CodeAction.create(`${title} (${message.ruleId})`, { changes: { [uri]: [{ range: rangeOf(snapshot, edit.start, edit.end), newText: edit.text }] } }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      if (rank === 0 && message.fixable) action.isPreferred = true;
      actions.push(action);
    });
  });
  return actions;
}

/** The smallest single edit that turns `before` into `after` (keeps the cursor and undo tidy). */
export function minimalEdit(snapshot: TextDocument, after: string): TextEdit | undefined {
  const before = snapshot.getText();
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never split a surrogate pair.
  if (start > 0 && /[\uD800-\uDBFF]/.test(before[start - 1]!)) start--;
  if (tail > 0 && /[\uDC00-\uDFFF]/.test(before[before.length - tail]!)) tail--;
  return { range: rangeOf(snapshot, start, before.length - tail), newText: after.slice(start, after.length - tail) };
}

/** Whether a request's `only` filter admits actions of `kind` (kinds are hierarchical). */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}
