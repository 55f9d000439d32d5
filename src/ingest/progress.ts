// Import progress: a bar on a terminal, one plain line per input otherwise (logs, CI, pipes).
import cliProgress from 'cli-progress';

export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) {
    return {
      update: (done: number, total: number, name: string) => stream.write(`[${done}/${total}] ${name}\n`),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'importing [{bar}] {value}/{total} {name}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done: number, total: number, name: string) => {
      if (!started) {
        bar.start(total, 0, { name: '' });
        started = true;
      }
      bar.update(done, { name: name.length > 40 ? `…${name.slice(-39)}` : name });
    },
    stop: () => started && bar.stop(),
  };
}
