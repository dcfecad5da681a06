/**
 * Sections for features the server gains later (Kiểm tra, Tổng hợp, Tự động). Each stays visible
 * but disabled, marked "Sắp có", until the deployed bundle exposes its function.
 */
import { h } from '../dom';
import { call, hasServerFunction } from '../run';
import { dashboardSection } from './dashboard';
import { fillOnClick, replyMessage, section } from './section';
import { automationSection } from './automation';

interface Feature {
  fnName: string;
  heading: string;
  description: string;
  button: string;
}

export const LATER_FEATURES: readonly Feature[] = [
  { fnName: 'checkUnits', heading: 'Kiểm tra', description: 'Kiểm tra bảng đăng ký của các đơn vị: thiếu thông tin, sai ngày, chưa đủ số công trình.', button: 'Kiểm tra tất cả' },
  { fnName: 'getDashboard', heading: 'Tổng hợp', description: 'Số mô hình, công trình đã đăng ký theo từng đơn vị và nội dung.', button: 'Xem tổng hợp' },
  { fnName: 'getReminderStatus', heading: 'Tự động', description: 'Thư nhắc các đơn vị trước hạn đăng ký và báo cáo kết quả; cập nhật Tổng hợp mỗi giờ.', button: 'Xem lịch nhắc' },
];

export function featureSection(feature: Feature, scope: Element): HTMLElement {
  const available = hasServerFunction(feature.fnName);
  if (feature.fnName === 'getDashboard' && available) return dashboardSection(scope);
  if (feature.fnName === 'getReminderStatus' && available) return automationSection(scope);
  const output = h('div', { class: 'feature-output', attrs: { 'aria-live': 'polite' } });
  const button = h('button', { attrs: { type: 'button' } }, feature.button);
  button.disabled = !available;
  // Until each feature has its own view, show the server's `message` (or a neutral "done").
  fillOnClick(scope, button, 'Đang xử lý…', output, async () => h('p', {}, replyMessage(await call<unknown>(feature.fnName))));
  const heading = [feature.heading, available ? null : h('span', { class: 'badge' }, 'Sắp có')];
  return section(`block feature${available ? '' : ' unavailable'}`, feature.fnName, heading, feature.description, button, output);
}
