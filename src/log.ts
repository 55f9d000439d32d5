// Structured JSON logs on stderr (stdout belongs to command output such as `parse`). LOG_LEVEL sets the level.
import pino from 'pino';

export const logger = pino(
  {
    level: process.env.LOG_LEVEL || 'info',
    base: { service: 'evidence-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  pino.destination(2),
);

/** Yoga's logger interface on top of pino. */
export const yogaLogger = {
  debug: (...args: unknown[]) => logger.debug(args.length === 1 ? args[0] : { args }),
  info: (...args: unknown[]) => logger.info(args.length === 1 ? args[0] : { args }),
  warn: (...args: unknown[]) => logger.warn(args.length === 1 ? args[0] : { args }),
  error: (...args: unknown[]) => logger.error(args.length === 1 ? args[0] : { args }),
};
