from extract.header import labels_to_fields, shared_columns_warning, tasks_hold_indicators
H = {
 "linhvuc_lq": ["TT", "Lĩnh vực liên quan", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
 "vanban_lq": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Văn bản liên quan"],
 "noidung_lq": ["TT", "Chỉ số", "Nội dung liên quan", "Cơ quan chủ trì", "Thời gian"],
 "chiso_tp_lq": ["TT", "Chỉ số thành phần liên quan", "Nhiệm vụ", "Cơ quan chủ trì"],
 "hd_phoihop": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Hoạt động phối hợp"],
 "chiso_hd": ["TT", "Chỉ số", "Hoạt động", "Đơn vị thực hiện", "Thời gian"],
 "ct_nv_gp": ["TT", "Chỉ tiêu, nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời gian"],
 "gp_th_ct": ["TT", "Giải pháp thực hiện chỉ tiêu", "Cơ quan chủ trì", "Thời gian hoàn thành"],
 "nv_gp_kq": ["TT", "Nhiệm vụ, giải pháp", "Kết quả, sản phẩm", "Cơ quan chủ trì", "Thời gian, tiến độ"],
 "kq_tg": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Sản phẩm, thời gian hoàn thành"],
 "kp_nguon": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí, nguồn vốn"],
 "tg_kq": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "Kết quả đầu ra"],
 "dv_chutri_th": ["TT", "Nhiệm vụ", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện", "Thời gian"],
 "cq_chutri_tm": ["TT", "Nhiệm vụ", "Cơ quan chủ trì tham mưu", "Thời gian"],
 "muctieu_chiso": ["TT", "Chỉ số", "Mục tiêu", "Nhiệm vụ", "Cơ quan chủ trì"],
 "nv_muctieu_only": ["TT", "Mục tiêu", "Cơ quan chủ trì", "Thời gian"],
 "nhiemvu_muctieu": ["TT", "Nhiệm vụ", "Mục tiêu, kết quả cần đạt", "Cơ quan chủ trì"],
 "thoi_gian_thuc_hien_bat_dau_tu": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện (bắt đầu từ quý)"],
 "ketqua_hd_nd": ["TT", "Nội dung", "Đơn vị thực hiện", "Kết quả hoạt động", "Hoạt động cụ thể"],
 "lead_phoihop_th": ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Kinh phí thực hiện"],
 "grp": ["TT", "Nhiệm vụ", "Cơ quan thực hiện › Chủ trì", "Cơ quan thực hiện › Phối hợp", "Thời gian › Bắt đầu", "Thời gian › Hoàn thành"],
 "grp2": ["TT", "Nhiệm vụ", "Đơn vị › Chủ trì", "Đơn vị › Phối hợp", "Thời gian thực hiện"],
}
for k, labels in H.items():
    m = labels_to_fields(labels)
    hdr = [(m.get(i, ""), l) for i, l in enumerate(labels)]
    print(k, {labels[i]: f for i, f in sorted(m.items())}, *shared_columns_warning(hdr))
