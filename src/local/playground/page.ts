/** The playground page: one self-contained HTML document (no external files, no CDN). */
import { PAGE_SCRIPT } from './page-script';
import { PAGE_STYLE } from './page-style';

export function pageHtml(): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Dân vận khéo — bản chạy thử trên máy</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="topbar">
  <h1>Dân vận khéo</h1><span class="file" id="file"></span>
  <label id="files-label" hidden>Tệp <select id="files" aria-label="Tệp"></select></label>
  <label>Hôm nay <input type="date" id="today" aria-label="Hôm nay"></label>
  <label>Sửa với tư cách <select id="as" aria-label="Sửa với tư cách"></select></label>
  <button type="button" id="run-triggers">Chạy tác vụ định kỳ</button>
</header>
<div class="main">
  <section class="sheet-area" aria-label="Bảng tính">
    <div class="formula-bar"><span class="name-box" id="name-box"></span><input id="formula" aria-label="Nội dung ô" disabled autocomplete="off"></div>
    <div class="note-line" id="note-line" aria-live="polite"></div>
    <div class="grid-wrap"><table class="grid" id="grid"></table></div>
    <nav class="tabs" id="tabs" role="tablist" aria-label="Trang tính"></nav>
  </section>
  <aside class="side">
    <iframe id="sidebar" src="/sidebar" title="Dân vận khéo — thanh bên"></iframe>
    <section class="outbox" id="outbox" aria-label="Hộp thư đi">
      <h2>Hộp thư đi (<span id="outbox-count">0</span>)</h2>
      <p id="outbox-empty" class="meta">Chưa có thư nào được gửi.</p>
      <ol id="outbox-list"></ol>
    </section>
  </aside>
</div>
<div class="status" id="status" role="status"></div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
}
