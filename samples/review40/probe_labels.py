from extract.header import labels_to_fields, shared_columns_warning
S = " › "
try:
    from extract.header import STACK_SEPARATOR as S
except ImportError: pass
H = {
 "chutri_thammuu": ["TT", "Nhiệm vụ", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp", "Thời gian hoàn thành"],
 "lienquan_only": ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Các cơ quan liên quan", "Thời gian"],
 "lienquan_as_impl": ["TT", "Nhiệm vụ", "Các cơ quan, đơn vị liên quan", "Thời gian thực hiện"],
 "ketqua_hd": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả hoạt động", "Thời gian"],
 "ketqua_hd_notasks": ["TT", "Nội dung", "Đơn vị thực hiện", "Kết quả hoạt động"],
 "muctieu_nv": ["TT", "Mục tiêu, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
 "muctieu_nv_chitieu": ["TT", "Chỉ tiêu", "Mục tiêu, nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
 "tg_batdau_ketthuc": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian bắt đầu - kết thúc"],
 "tg_batdau_hoanthanh": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành"],
 "noidung_hd": ["TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Thời gian"],
 "noidung_hd_giaiphap": ["TT", "Nội dung hoạt động", "Giải pháp", "Cơ quan chủ trì", "Thời gian"],
 "hd_kp": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí hoạt động", "Thời gian"],
 "muctieu_ketqua": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Mục tiêu cần đạt", "Thời gian"],
 "muctieu_kq_both": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả", "Mục tiêu cần đạt"],
 "tg_tu_den": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", f"Thời gian{S}Từ", f"Thời gian{S}Đến"],
 "tg_batdau_only": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", f"Thời gian thực hiện{S}Bắt đầu", f"Thời gian thực hiện{S}Kết thúc"],
 "tiendo_start_only": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian bắt đầu"],
 "khoicong": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian khởi công - hoàn thành"],
 "thammuu_and_chutri": ["TT", "Nhiệm vụ", "Cơ quan tham mưu", "Cơ quan chủ trì", "Cơ quan phối hợp"],
 "phoihop_lienquan": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Các cơ quan liên quan"],
 "trachnhiem_thammuu": ["TT", "Nhiệm vụ", "Đơn vị tham mưu thực hiện", "Thời gian"],
 "lienquan_indicator": ["TT", "Chỉ số liên quan", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
 "tieuchi_lienquan": ["TT", "Tiêu chí PAPI liên quan", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
 "hd_giamsat": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Hoạt động giám sát"],
 "nvgp_hd": ["TT", "Nhiệm vụ, giải pháp", "Hoạt động cụ thể", "Cơ quan chủ trì"],
 "muctieu_lead": ["TT", "Mục tiêu", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời gian"],
 "muctieu_as_group": ["TT", "Chỉ số nội dung", "Mục tiêu", "Giải pháp", "Cơ quan chủ trì"],
 "time_start_label_en": ["No.", "Task", "Lead agency", f"Timeline{S}Start", f"Timeline{S}End"],
 "tu_ngay_den_ngay": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", f"Thời gian{S}Từ ngày", f"Thời gian{S}Đến ngày"],
 "thoi_gian_bat_dau_only_under": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", f"Thời gian{S}Bắt đầu"],
}
for k, labels in H.items():
    m = labels_to_fields(labels)
    hdr = [(m.get(i, ""), l) for i, l in enumerate(labels)]
    print(k, {labels[i]: f for i, f in sorted(m.items())}, "| WARN:" if shared_columns_warning(hdr) else "", *shared_columns_warning(hdr))
