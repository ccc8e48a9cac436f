// Preloaded (`node --import`) into a measured Node process when GNU time is
// missing: prints the whole process's resource usage (all threads) at exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nRUSAGE ${JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssKB: usage.maxRSS })}\n`);
});
