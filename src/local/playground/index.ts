/** The local playground: the whole add-on (built bundle + real sidebar) over one .xlsx file, in a browser. */
export { startPlayground, DEFAULT_PORT, type Playground, type PlaygroundOptions } from './server';
export { PlaygroundSession, DEFAULT_OWNER, type EditRequest, type MailView, type TriggerOutcome } from './session';
export { workbookView, type WorkbookView, type SheetView, type CellView } from './view';
