/** Twelve wards in mixed states, typed into their tabs; see summary.emulator.test.ts for the hand count. */
import type { Emulator } from '../../src/local/emulator/emulator';
import { campaignWith, fill, good } from './world';

const ROUND2 = '01/08/2021 - 30/09/2021';

export function twelveWards(): Emulator {
  const emu = campaignWith(12);
  // Phường 1: every quota met (10 + 1 + 1), kinds 4 tiếp tục / 3 nhân rộng / 5 mới.
  fill(emu, 'Phường 1', 1, Array.from({ length: 10 }, (_, i) => good(`Việc giúp dân ${i + 1}`, i < 4 ? 'tiếp tục thực hiện' : i < 7 ? 'nhân rộng' : 'mô hình mới')));
  fill(emu, 'Phường 1', 2, [good('Một cửa thân thiện')]);
  fill(emu, 'Phường 1', 3, [good('Hẻm xanh')]);
  // Phường 3: started, three works.
  fill(emu, 'Phường 3', 1, [good('Bữa cơm 0 đồng'), good('Tủ bánh mì'), good('Học bổng')]);
  // Phường 4: one row without its Ghi chú (an error).
  fill(emu, 'Phường 4', 1, [good('Nhà tình thương', '')]);
  // Phường 5: twelve rows, but one repeats an earlier name, so content 1 counts 9 of 10.
  fill(emu, 'Phường 5', 1, [...Array.from({ length: 9 }, (_, i) => good(`Công trình ${i + 1}`)), good('Công trình 1')]);
  fill(emu, 'Phường 5', 2, [good('Số hoá hồ sơ')]);
  fill(emu, 'Phường 5', 3, [good('Mảng xanh khu phố 2')]);
  // Phường 9: two Đợt 2 models under content 4, one Đợt 1 model under content 5.
  fill(emu, 'Phường 9', 4, [good('Cổng trường an toàn', 'nhân rộng', ROUND2), good('Tuyến đường không lấn chiếm', 'tiếp tục', ROUND2)]);
  fill(emu, 'Phường 9', 5, [good('Camera an ninh', 'mới')]);
  return emu;
}
