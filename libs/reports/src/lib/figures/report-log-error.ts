/** A task's log that does not fold: events out of chain, or one its machine could not have accepted. */
export class ReportLogError extends Error {
  constructor(
    readonly taskId: string,
    readonly version: number | null,
    readonly problem: string,
  ) {
    super(`Task ${taskId}${version === null ? '' : ` event v${version}`}: ${problem}`);
    this.name = 'ReportLogError';
  }
}
