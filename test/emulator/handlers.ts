/** A bundle made of plain functions over the emulator's globals (no build needed), for trigger tests. */
import type { Emulator } from '../../src/local/emulator/emulator';
import type { Bundle } from '../../src/local/sandbox';

export function attachHandlers(emu: Emulator, handlers: Record<string, (e?: unknown) => unknown>): void {
  const bundle: Bundle = {
    functionNames: () => Object.keys(handlers),
    invoke: (name, args) => handlers[name](args[0]),
    call: (name, ...args) => emu.run(emu.user, () => handlers[name](args[0])),
    evaluate: () => undefined,
  };
  emu.attach(bundle);
}
