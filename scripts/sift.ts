// `npm run --silent sift -- <command> ...`: Sift's core in Node, for debugging, benchmarks and scripting.
const [command, ...args] = process.argv.slice(2);

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  extract: () => import('./cli/extract.ts'),
  figures: () => import('./cli/figures.ts'),
};

const load = command ? commands[command] : undefined;
if (!load) {
  process.stderr.write(
    'usage: npm run --silent sift -- extract FILE... [--url URL]\n' +
      '       npm run --silent sift -- figures --jsonl < rows.jsonl\n',
  );
  process.exit(2);
}
process.exitCode = await (await load()).run(args);
