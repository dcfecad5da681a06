/** A scripted stand-in for the bundle's server functions, for tests that need exact timing. */
import type { SetupUnitTabsResult, SidebarState } from '../../src/sidebar/api';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

export const COORDINATOR = 'bandanvan.q3@example.org';

export const BLANK_STATE: SidebarState = { user: COORDINATOR, isCoordinator: true, initialized: false };

export const INITIALIZED_STATE: SidebarState = {
  user: COORDINATOR,
  isCoordinator: true,
  initialized: true,
  campaign: { id: 'quan3-2021', year: 2021, title: 'Dân vận khéo Quận 3 năm 2021', units: 47 },
};

/** Three batches the way the server reports them: progress, then everything in the last one. */
export const SETUP_BATCHES: SetupUnitTabsResult[] = [
  { finished: false, done: 14, total: 47, items: [] },
  { finished: false, done: 30, total: 47, items: [] },
  {
    finished: true,
    done: 47,
    total: 47,
    items: [
      { unit: 'Phường 1', sheetName: 'Phường 1', sheetId: 101, status: 'created', message: 'Đã tạo trang tính từ Mẫu đăng ký.' },
      { unit: 'Phường Võ Thị Sáu', sheetName: 'Phường Võ Thị Sáu', sheetId: 102, status: 'created', message: 'Đã tạo trang tính từ Mẫu đăng ký.' },
      { unit: 'Phòng Giáo dục và Đào tạo', sheetName: 'Phòng GD&ĐT', sheetId: 103, status: 'present', message: 'Trang tính đã có, giữ nguyên dữ liệu.' },
      { unit: 'Quận Đoàn', sheetName: 'Đoàn TN', sheetId: 104, status: 'renamed', message: 'Trang tính "Quận Đoàn" đã được đổi tên thành "Đoàn TN".' },
      { unit: 'Phường 8', sheetName: 'Phường 8', sheetId: 105, status: 'removed', message: 'Đơn vị không còn trong Cấu hình; trang tính được giữ lại.' },
      { unit: 'Hội Liên hiệp phụ nữ Quận 3', sheetName: 'Hội LHPN', status: 'problem', message: 'Không bảo vệ được trang tính: thiếu e-mail người nhập.' },
    ],
  },
];
