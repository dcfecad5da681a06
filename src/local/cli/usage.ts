/** `dvk --help`: the conventions every command follows. */
export const USAGE = `dvk — chạy add-on "Dân vận khéo" trên tệp .xlsx (cùng mã dist/Code.js trong trình giả lập Apps Script)

Cách dùng: dvk <lệnh> FILE [tùy chọn]

Lệnh:
  init FILE [--owner EMAIL] [--force]   tạo sổ tính mới: Cấu hình (chiến dịch mặc định Quận 3 năm 2021) và Mẫu đăng ký
  setup FILE                            tạo/cập nhật trang tính đơn vị theo Cấu hình (chạy lại nhiều lần vẫn an toàn)
  check FILE [--unit TÊN]               kiểm tra bảng đăng ký của các đơn vị (hoặc một đơn vị)
  summary FILE                          ghi trang Tổng hợp và Danh sách mô hình, in trạng thái từng đơn vị (số mô hình theo nội dung, loại Ghi chú, chỉ tiêu còn thiếu, lỗi, cảnh báo)
  remind FILE [--dry-run] [--outbox DIR]   chạy việc nhắc hạn của ngày (07:00): ghi Nhật ký nhắc hạn, mỗi thư gửi thành một tệp .eml trong DIR;
                                        --dry-run chỉ xem trước, không gửi, không ghi tệp
  report FILE                           tạo lại trang Báo cáo (theo nội dung, loại đơn vị, đợt; đơn vị trễ/chưa đăng ký; đề xuất khen thưởng) và in số liệu
  print FILE --unit TÊN [--out TỆP.pdf|TỆP.xlsx]   bảng đăng ký của một đơn vị để in: A4 ngang, kẻ bảng, dòng tiêu đề cột lặp lại mỗi trang,
                                        không có dấu kiểm tra (PDF qua LibreOffice)
  print FILE --report [--out TỆP.pdf|TỆP.xlsx]   trang Báo cáo để in (tạo bằng dvk report): A4 ngang, vừa chiều rộng trang, có số trang
  next FILE --year NĂM --out TỆP_MỚI [--prefill]   chiến dịch năm sau trong tệp mới: Cấu hình giữ đơn vị, e-mail, loại, chỉ tiêu;
                                        ngày dời sang năm mới (cần rà soát); Danh mục mô hình năm nay cộng các mô hình được đánh dấu
                                        “Đưa vào danh mục năm sau” ở Báo cáo; tệp năm nay giữ nguyên; --prefill: mô hình năm nay của
                                        mỗi đơn vị được điền sẵn vào trang tính của đơn vị (“tiếp tục thực hiện”) khi chạy dvk setup tệp mới
  sample FILE [--force]                 tạo sổ tính mẫu Quận 3 năm 2021 có dữ liệu đăng ký (đủ, thiếu, có lỗi, chưa điền)

Tùy chọn chung:
  --today YYYY-MM-DD   chạy như vào 08:00 ngày đó (giờ Asia/Ho_Chi_Minh); mặc định: thời điểm hiện tại
  --out FILE           ghi kết quả ra tệp khác, giữ nguyên tệp vào
  --as EMAIL           chạy với tư cách người dùng khác (mặc định: chủ sở hữu tệp; tệp mới: owner@example.org)
  --json               chỉ in một tài liệu JSON ra stdout
  --wait SECONDS       chờ tối đa bấy nhiêu giây khi một lệnh dvk khác đang dùng tệp (mặc định 60; hết giờ: mã thoát 2)
  -h, --help           in hướng dẫn này

Mã thoát: 0 thành công; 1 có vấn đề (lỗi trong bảng đăng ký, trang tính có vấn đề);
          2 dùng sai lệnh, không đọc/ghi được tệp, hoặc máy chủ từ chối (lý do một dòng trên stderr).
`;
