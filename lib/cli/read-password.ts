import { UsageError } from "./cli-args";

/**
 * The new user's password: DRAFTWATCH_USER_PASSWORD when set, otherwise typed twice
 * at a terminal without echo. With neither (a script without the variable), an error.
 */
export async function readNewPassword(environmentVariable: string): Promise<string> {
  const fromEnvironment = process.env[environmentVariable];
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new UsageError(`No password: set ${environmentVariable}, or run this command in a terminal to type it.`);
  }
  const first = await promptHidden("Password (at least 12 characters): ");
  const second = await promptHidden("Password again: ");
  if (first !== second) throw new UsageError("The two passwords differ.");
  return first;
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let typed = "";
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n") return finish();
        if (character === "\u0003") return finish(new UsageError("Cancelled."));
        if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    stdin.on("data", onData);
  });
}
