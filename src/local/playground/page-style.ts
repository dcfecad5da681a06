/** The playground page's look: a Sheets-like grid on the left, the add-on's 300 px sidebar and the outbox on the right. */
export const PAGE_STYLE = String.raw`
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; font: 13px/1.4 Arial, "Helvetica Neue", sans-serif; color: #202124; }
body { display: flex; flex-direction: column; }
.topbar { display: flex; align-items: center; gap: 16px; padding: 8px 12px; background: #f1f3f4; border-bottom: 1px solid #dadce0; flex-wrap: wrap; }
.topbar h1 { font-size: 16px; margin: 0; font-weight: 600; }
.topbar .file { color: #5f6368; }
.topbar label { display: flex; align-items: center; gap: 6px; }
.topbar button, .topbar select, .topbar input { font: inherit; padding: 3px 6px; }
.main { flex: 1; display: flex; min-height: 0; }
.sheet-area { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.formula-bar { display: flex; gap: 6px; align-items: center; padding: 4px 8px; border-bottom: 1px solid #dadce0; }
.formula-bar .name-box { width: 70px; font-weight: 600; text-align: center; border-right: 1px solid #dadce0; }
.formula-bar input { flex: 1; font: inherit; padding: 3px 6px; border: 1px solid #dadce0; }
.note-line { padding: 2px 8px 4px 84px; color: #b06000; min-height: 1.4em; white-space: pre-wrap; border-bottom: 1px solid #dadce0; }
.grid-wrap { flex: 1; overflow: auto; position: relative; background: #fff; }
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; }
.grid th, .grid td { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; padding: 2px 4px; height: 21px;
  overflow: hidden; white-space: nowrap; text-overflow: ellipsis; vertical-align: bottom; background-clip: padding-box; }
.grid td { background: #fff; cursor: cell; position: relative; }
.grid td.wrap { white-space: pre-wrap; word-break: break-word; }
.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; position: sticky; top: 0; z-index: 3; }
.grid th.row-head { left: 0; z-index: 2; width: 46px; min-width: 46px; }
.grid th.corner { left: 0; z-index: 4; }
.grid th .fold { font: inherit; line-height: 1; padding: 0 3px; margin-left: 3px; cursor: pointer; }
.grid tr.frozen td, .grid tr.frozen th.row-head { position: sticky; z-index: 1; }
.grid tr.frozen th.row-head { z-index: 3; }
.grid tr.last-frozen td, .grid tr.last-frozen th { border-bottom: 3px solid #c0c0c0; }
.grid td.spill { overflow: visible; text-overflow: clip; z-index: 1; }
.grid td.frozen-col { position: sticky; z-index: 1; }
.grid tr.frozen td.frozen-col { z-index: 2; }
.grid td.last-frozen-col { border-right: 3px solid #c0c0c0; }
.chart { position: absolute; margin: 0; z-index: 0; background: #fff; border: 1px solid #dadce0; box-shadow: 0 1px 3px rgba(0,0,0,.2); font-family: Arial, sans-serif; }
.grid td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
.grid td.has-note::after { content: ""; position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 6px 6px 0; border-color: transparent #e37400 transparent transparent; }
.tabs { display: flex; gap: 2px; padding: 0 8px; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; flex-shrink: 0; }
.tabs button { font: inherit; border: 0; background: transparent; padding: 6px 12px; white-space: nowrap; cursor: pointer; border-bottom: 3px solid transparent; }
.tabs button[aria-selected="true"] { background: #fff; color: #188038; font-weight: 600; }
.side { width: 320px; flex-shrink: 0; border-left: 1px solid #dadce0; display: flex; flex-direction: column; min-height: 0; }
.side iframe { width: 300px; margin: 0 10px; flex: 3; min-height: 0; border: 0; border-bottom: 1px solid #dadce0; }
.outbox { flex: 2; overflow: auto; padding: 6px 10px; min-height: 120px; }
.outbox h2 { font-size: 14px; margin: 4px 0; }
.outbox ol { list-style: none; margin: 0; padding: 0; }
.outbox li { border: 1px solid #dadce0; border-radius: 4px; padding: 6px; margin-bottom: 6px; }
.outbox .subject { font-weight: 600; }
.outbox .meta { color: #5f6368; font-size: 12px; }
.outbox pre { white-space: pre-wrap; font: inherit; margin: 4px 0 0; max-height: 8em; overflow: auto; }
.status { padding: 4px 12px; background: #e8f0fe; border-top: 1px solid #dadce0; min-height: 1.6em; }
.status.error { background: #fce8e6; color: #a50e0e; }
`;
