/**
 * A small number for each distinct string, and the string back from its number; null is 0.
 * Why: a ward's 100,000 tasks repeat a few hundred dates, a dozen units, a handful of plans and
 * columns, so a task's values fit in a few numbers of a typed array instead of an object and
 * strings of its own.
 */
export class ValueCodes {
  private readonly codes = new Map<string, number>();
  private readonly values: (string | null)[] = [null];

  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  value(code: number): string | null {
    return this.values[code];
  }
}
