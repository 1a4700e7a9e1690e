/** A problem with one input file. The message always names the file and says what is wrong. */
export class InputError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "InputError";
    this.file = file;
    this.reason = reason;
  }
}
