/**
 * The campaign model: one zod schema is the single source of truth for the shape of a campaign
 * configuration and for the Vietnamese messages shown when a configuration is wrong.
 * Uses zod/mini because the Apps Script bundle must stay small (every execution parses it).
 */
import * as z from 'zod/mini';
import { nameKey } from '../names';
import { SHEETS_PER_SPREADSHEET } from '../google-limits';

/**
 * The most unit tabs a file can be asked to hold: 200 sheets less Cấu hình, Mẫu đăng ký, the
 * starting sheet and the five the jobs make (Tổng hợp, Danh sách mô hình, Báo cáo, Nhật ký nhắc hạn, Dữ liệu tiện ích).
 */
export const MAX_TABS_PER_FILE = SHEETS_PER_SPREADSHEET - 8;

/** A calendar date in Asia/Ho_Chi_Minh written as YYYY-MM-DD; compared as strings. */
export const LocalDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD'),
  z.refine((s) => isRealDate(s), 'không phải là ngày có thật'),
);
export type LocalDate = z.infer<typeof LocalDateSchema>;

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const text = (what: string) => z.string().check(z.trim(), z.minLength(1, `${what} không được để trống`));
export const EmailSchema = z.email('không phải địa chỉ e-mail hợp lệ');

/** One of the five "5 không" contents (nội dung). */
export const ContentSchema = z.object({
  id: z.int().check(z.positive('mã nội dung phải là số dương')),
  title: text('Tên nội dung'),
  /** Outcome targets (not row quotas), e.g. "kéo giảm 20% số vụ phạm pháp hình sự": shown, never counted. */
  targets: z._default(z.array(z.string()), []),
});
export type Content = z.infer<typeof ContentSchema>;

export const ColumnKeySchema = z.enum(['stt', 'name', 'form', 'time', 'expected', 'kind']);
export type ColumnKey = z.infer<typeof ColumnKeySchema>;

/** A column of the registration form, in the order printed. */
export const ColumnSchema = z.object({
  key: ColumnKeySchema,
  header: text('Tiêu đề cột'),
  /** Width in pixels on the unit tab. */
  width: z.int().check(z.positive('độ rộng cột phải là số dương')),
  maxLength: z.optional(z.int().check(z.positive('độ dài tối đa phải là số dương'))),
});
export type Column = z.infer<typeof ColumnSchema>;

export const NoteKindKeySchema = z.enum(['tiep-tuc', 'nhan-rong', 'moi']);
export type NoteKindKey = z.infer<typeof NoteKindKeySchema>;

/** The three kinds the form's footnote asks for in Ghi chú. */
export const NoteKindSchema = z.object({
  key: NoteKindKeySchema,
  label: text('Tên loại Ghi chú'),
  /** What people really type for this kind; matched without case or diacritics. */
  aliases: z._default(z.array(z.string()), []),
});
export type NoteKind = z.infer<typeof NoteKindSchema>;

export const RoundSchema = z
  .object({
    id: z.int().check(z.positive('mã đợt phải là số dương')),
    name: text('Tên đợt'),
    start: LocalDateSchema,
    end: LocalDateSchema,
    registrationDeadline: LocalDateSchema,
    reportDeadline: LocalDateSchema,
  })
  .check(z.refine((r) => r.start <= r.end, { message: 'ngày bắt đầu phải trước ngày kết thúc', path: ['end'] }));
export type Round = z.infer<typeof RoundSchema>;

/**
 * A minimum number of registered rows (mô hình, công trình) under one content, or under every
 * content when `content` is null. E.g. a ward registers 10 "Việc có ý nghĩa giúp dân" works.
 */
export const QuotaSchema = z.object({
  id: text('Mã chỉ tiêu'),
  label: text('Tên chỉ tiêu'),
  content: z.nullable(z.int().check(z.positive('nội dung phải là số dương'))),
  min: z.int().check(z.nonnegative('chỉ tiêu không được âm')),
});
export type Quota = z.infer<typeof QuotaSchema>;

export const UnitTypeSchema = z.object({
  id: text('Mã loại đơn vị'),
  name: text('Tên loại đơn vị'),
  quotas: z._default(z.array(QuotaSchema), []),
});
export type UnitType = z.infer<typeof UnitTypeSchema>;

export const UnitSchema = z.object({
  name: text('Tên đơn vị'),
  type: text('Loại đơn vị'),
  /** Contact e-mails; may be empty (the unit is then flagged, and nobody but coordinators can edit its tab). */
  emails: z._default(z.array(EmailSchema), []),
  /**
   * The unit's formal name as an official document names the issuing body ("Đảng ủy Phường 9"):
   * printed upper-case at the head of its form, and the addressee of its e-mails. Absent: the name.
   */
  formalName: z.optional(z.string()),
  /**
   * Which member workbook ("Sổ đăng ký – …") the unit's tab goes to when the campaign outgrows
   * one file; empty: its unit type's name. Read only when a tab is first made: never moves a tab.
   */
  group: z.optional(z.string()),
});
export type Unit = z.infer<typeof UnitSchema>;

export const ReminderScheduleSchema = z.object({
  enabled: z._default(z.boolean(), false),
  /** Days before a deadline to remind; 0 means on the day. */
  daysBefore: z._default(z.array(z.int().check(z.nonnegative('số ngày không được âm'))), [7, 3, 1, 0]),
  /** Days after a deadline to send the "quá hạn" reminder. */
  daysAfter: z._default(z.array(z.int().check(z.positive('số ngày phải là số dương'))), [1]),
  /** Hour of day (Asia/Ho_Chi_Minh) the daily trigger is asked to run at. */
  hour: z._default(z.int().check(z.gte(0, 'giờ từ 0 đến 23'), z.lte(23, 'giờ từ 0 đến 23')), 7),
});
export type ReminderSchedule = z.infer<typeof ReminderScheduleSchema>;

/**
 * A model of the plan's catalogue (Danh mục mô hình): the effective models the campaign asks units
 * to replicate, each with the unit that runs it. Units' "nhân rộng" rows are linked to these.
 */
export const CatalogueModelSchema = z.object({
  name: text('Tên mô hình'),
  content: z.int().check(z.positive('nội dung phải là số dương')),
  /** The originating unit as the plan names it ('' when the plan names none); need not be a unit of this campaign. */
  origin: z._default(z.string(), ''),
  /** Already replicated in earlier years (the plan's "tiếp tục thực hiện"), else new to spread. */
  continued: z._default(z.boolean(), false),
  description: z._default(z.string(), ''),
  /** Other names people use for it; matched like the name. */
  aliases: z._default(z.array(z.string()), []),
});
export type CatalogueModel = z.infer<typeof CatalogueModelSchema>;

export const CampaignSchema = z
  .object({
    id: text('Mã chiến dịch'),
    year: z.int().check(z.gte(2000, 'năm không hợp lệ'), z.lte(2100, 'năm không hợp lệ')),
    timeZone: z._default(z.string(), 'Asia/Ho_Chi_Minh'),
    /** Left header block of the form, e.g. "ĐẢNG BỘ QUẬN 3". */
    partyCommittee: text('Tên đảng bộ'),
    /** Place in the dateline, e.g. "Quận 3" in "Quận 3, ngày … tháng … năm 2021". */
    place: text('Địa danh'),
    coordinatorBody: text('Cơ quan tổng hợp'),
    formTitle: text('Tiêu đề bảng đăng ký'),
    /** The campaign's full name as printed under the title, one string per printed line. */
    titleLines: z.array(text('Dòng tên chiến dịch')).check(z.minLength(1, 'cần ít nhất một dòng tên chiến dịch')),
    contents: z.array(ContentSchema).check(z.minLength(1, 'cần ít nhất một nội dung')),
    columns: z.array(ColumnSchema).check(z.length(6, 'bảng đăng ký có đúng 6 cột')),
    noteKinds: z.array(NoteKindSchema).check(z.length(3, 'Ghi chú có đúng 3 loại')),
    footnote: text('Chú thích'),
    signature: text('Khối xác nhận'),
    rounds: z.array(RoundSchema).check(z.minLength(1, 'cần ít nhất một đợt')),
    unitTypes: z.array(UnitTypeSchema).check(z.minLength(1, 'cần ít nhất một loại đơn vị')),
    units: z.array(UnitSchema),
    coordinators: z._default(z.array(EmailSchema), []),
    reminders: z._default(ReminderScheduleSchema, { enabled: false, daysBefore: [7, 3, 1, 0], daysAfter: [1], hour: 7 }),
    /** Printed numbered rows per content on a fresh tab; units may insert more. */
    rowsPerContent: z._default(z.int().check(z.positive('số dòng phải là số dương')), 5),
    catalogue: z._default(z.array(CatalogueModelSchema), []),
    /**
     * Unit tabs one spreadsheet may hold before the campaign spreads to member workbooks: Google
     * caps a file at 200 sheets (core/google-limits), and the hub's own sheets need room.
     */
    tabsPerFile: z._default(z.int().check(z.gte(1, `số trang tính mỗi tệp từ 1 đến ${MAX_TABS_PER_FILE}`), z.lte(MAX_TABS_PER_FILE, `số trang tính mỗi tệp từ 1 đến ${MAX_TABS_PER_FILE}`)), 150),
  })
  .check(
    z.superRefine((c, ctx) => {
      const typeIds = new Set(c.unitTypes.map((t) => t.id));
      const contentIds = new Set(c.contents.map((x) => x.id));
      c.units.forEach((u, i) => {
        if (!typeIds.has(u.type)) {
          ctx.issues.push({ code: 'custom', input: u.type, path: ['units', i, 'type'], message: `loại đơn vị "${u.type}" không có trong danh sách loại đơn vị` });
        }
      });
      // Two spellings of one canonical name would be two units on one tab: both rows are in error.
      const first = new Map<string, number>();
      c.units.forEach((u, i) => {
        const j = first.get(nameKey(u.name));
        if (j === undefined) { first.set(nameKey(u.name), i); return; }
        for (const [at, other] of [[j, i], [i, j]]) {
          ctx.issues.push({ code: 'custom', input: c.units[at].name, path: ['units', at, 'name'],
            message: `tên đơn vị “${c.units[at].name}” trùng với đơn vị thứ ${other + 1} (“${c.units[other].name}”), không kể khoảng trắng thừa, ký tự ẩn và chữ hoa/thường; hãy xoá hoặc đổi tên một trong hai.` });
        }
      });
      c.catalogue.forEach((m, i) => {
        if (!contentIds.has(m.content)) ctx.issues.push({ code: 'custom', input: m.content, path: ['catalogue', i, 'content'], message: `nội dung ${m.content} không tồn tại` });
      });
      c.unitTypes.forEach((t, ti) =>
        t.quotas.forEach((q, qi) => {
          if (q.content !== null && !contentIds.has(q.content)) {
            ctx.issues.push({ code: 'custom', input: q.content, path: ['unitTypes', ti, 'quotas', qi, 'content'], message: `nội dung ${q.content} không tồn tại` });
          }
        }),
      );
    }),
  );
export type Campaign = z.infer<typeof CampaignSchema>;
export type CampaignInput = z.input<typeof CampaignSchema>;
