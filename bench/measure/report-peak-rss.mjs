// Preloaded into the extraction CLI's process (`node --import`): prints its peak resident set size on
// exit, so the bench reads it the same way on machines without /usr/bin/time. Plain JavaScript: the CLI
// runs without tsx.
process.on('exit', () => {
  process.stderr.write(`\nbench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
