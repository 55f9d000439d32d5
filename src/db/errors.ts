// Which driver errors mean "the database is away" or "the query ran too long": the API answers those with
// SERVICE_UNAVAILABLE / TIMEOUT instead of a masked internal error.

interface DriverError {
  code?: string;
  message?: string;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as DriverError | null;
  if (!e || typeof e !== 'object') return false;
  if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
  return /Connection acquisition timed out|Failed to connect to server|Connection was closed by server/i.test(
    e.message ?? '',
  );
}

export function isDatabaseTimeout(error: unknown): boolean {
  const code = (error as DriverError | null)?.code ?? '';
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}
