// Command-line options of `npm run chat`: --as <name> picks the demo member.
export interface ConsoleArgs {
  name: string;
}

export function parseArgs(argv: string[]): ConsoleArgs {
  let name = "Demo";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--as" && argv[i + 1]) {
      name = argv[i + 1] ?? name;
      i++;
    } else if (arg.startsWith("--as=")) {
      name = arg.slice(5) || name;
    }
  }
  return { name: name.trim().slice(0, 60) || "Demo" };
}
