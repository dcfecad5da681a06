/** Sidebar entry: asks the server who is looking and what exists, then shows the matching view. */
import { ensure, isSidebarState } from './api';
import { replace } from './dom';
import { call } from './run';
import { errorBox, loading } from './views/feedback';
import { renderHome } from './views/home';

async function start(root: HTMLElement): Promise<void> {
  replace(root, loading());
  try {
    renderHome(root, ensure('getSidebarState', await call<unknown>('getSidebarState'), isSidebarState));
  } catch (error) {
    replace(root, errorBox(error, () => void start(root)));
  }
}

const root = document.getElementById('app');
if (root) void start(root);
