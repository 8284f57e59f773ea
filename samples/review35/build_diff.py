"""d_old: the ward's 2024 plan (pre-reform) to diff against i0_control.docx (rule 8)."""
from build_docx import plan, r
plan("d_old_2024.docx", ["PHỤ LỤC", "(Kèm theo Kế hoạch số 40/KH-UBND ngày 05/3/2024 của UBND phường Đông Hà)"],
     [r(1, "Tỷ lệ người dân biết thông tin thu, chi ngân sách phường", "Công chức Tài chính - Kế toán phường", "Công chức Tài chính - Kế toán phường")])
