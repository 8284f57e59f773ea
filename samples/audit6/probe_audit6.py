"""Smallest inputs for the sixth audit's failures (and their controls): one-page DOCX files in OUTDIR.

    sh samples/audit6/run_probes.sh [OUTDIR]     (builds them with this script, extracts each, prints
                                                  its jurisdiction, the agency lists used, warnings)

Each probe is build_audit6's appendix table under one title block; only the title block varies.
"""

from __future__ import annotations

import sys
from pathlib import Path

import build_audit6 as b

PQ = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 45/KH-UBND"]
DATE = b.MOTTO + ["Quảng Ngãi, ngày 12 tháng 3 năm 2026"]
T26 = b.PAPI_TITLE.format(y=2026)
T24 = b.PAPI_TITLE.format(y=2024)


def kem(issuer: str, date: str = "12/3/2026") -> str:
    return f"(Kèm theo Kế hoạch số 45/KH-UBND ngày {date}{' của ' + issuer if issuer else ''})"


PROBES = [
    ("p01-issuer-level-word-only", "province", "tỉnh", 2026, None, ["PHỤ LỤC", T26, kem("UBND tỉnh")]),
    ("p02-header-table-no-issuer", "province", "tỉnh", 2026, [PQ, DATE], ["PHỤ LỤC", T26, kem("")]),
    (
        "p03-header-paragraphs-no-issuer",
        "province",
        "tỉnh",
        2026,
        None,
        ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "PHỤ LỤC", T26, kem("")],
    ),
    (
        "p04-header-table-issuer-named",
        "province",
        "tỉnh",
        2026,
        [PQ, DATE],
        ["PHỤ LỤC", T26, kem("UBND tỉnh Quảng Ngãi")],
    ),
    ("p05-tp-dot", "city", "thành phố", 2026, None, ["PHỤ LỤC", T26, kem("UBND TP. Cần Thơ")]),
    ("p06-tp-no-dot", "city", "thành phố", 2026, None, ["PHỤ LỤC", T26, kem("UBND TP Cần Thơ")]),
    ("p07-thanh-pho-can-tho", "city", "thành phố", 2026, None, ["PHỤ LỤC", T26, kem("UBND thành phố Cần Thơ")]),
    ("p08-tp-hcm", "city", "thành phố", 2026, None, ["PHỤ LỤC", T26, kem("UBND TP.HCM")]),
    ("p09-city-level-word-only", "city", "thành phố", 2026, None, ["PHỤ LỤC", T26, kem("UBND thành phố")]),
    (
        "p10-province-on-title-line",
        "district",
        "thành phố",
        2024,
        None,
        [
            "PHỤ LỤC",
            "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI CỦA THÀNH PHỐ VĨNH YÊN, TỈNH VĨNH PHÚC NĂM 2024",
            kem("UBND thành phố Vĩnh Yên", "20/3/2024"),
        ],
    ),
    (
        "p11-province-in-kem-theo",
        "district",
        "thành phố",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND thành phố Vĩnh Yên, tỉnh Vĩnh Phúc", "20/3/2024")],
    ),
    (
        "p12-thua-thien-hue-2024",
        "province",
        "tỉnh",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND tỉnh Thừa Thiên Huế", "20/3/2024")],
    ),
    ("p13-dak-lak-variant", "province", "tỉnh", 2026, None, ["PHỤ LỤC", T26, kem("UBND tỉnh Đăk Lăk")]),
    (
        "p14-numbered-ward-2024",
        "commune",
        "phường",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND Phường 1, Quận 3, Thành phố Hồ Chí Minh", "20/3/2024")],
    ),
    (
        "p15-district-former-province-2024",
        "district",
        "huyện",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND huyện Đăk Hà, tỉnh Kon Tum", "20/3/2024")],
    ),
    (
        "p16-en-dash-province",
        "province",
        "tỉnh",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND tỉnh Bà Rịa – Vũng Tàu", "20/3/2024")],
    ),
    ("p17-tx-abbrev-2024", "district", "thị xã", 2024, None, ["PHỤ LỤC", T24, kem("UBND TX. Quảng Trị", "20/3/2024")]),
    (
        "p18-zone-title-no-issuer",
        "commune",
        "đặc khu",
        2026,
        None,
        ["PHỤ LỤC", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2026 CỦA ĐẶC KHU LÝ SƠN, TỈNH QUẢNG NGÃI"],
    ),
    ("p19-ward-level-word-only", "commune", "phường", 2026, None, ["PHỤ LỤC", T26, kem("UBND phường")]),
    (
        "p20-commune-header-table-only",
        "commune",
        "xã",
        2026,
        [["ỦY BAN NHÂN DÂN", "XÃ ĐẠI LỘC", "Số: 20/KH-UBND"], b.MOTTO + ["Đại Lộc, ngày 10 tháng 02 năm 2026"]],
        ["PHỤ LỤC", T26, kem("")],
    ),
    (
        "p21-provincial-city-same-name",
        "district",
        "thành phố",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND thành phố Quảng Ngãi, tỉnh Quảng Ngãi", "20/3/2024")],
    ),
    (
        "p22-town-province-named",
        "district",
        "thị xã",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND thị xã Quảng Trị, tỉnh Quảng Trị", "20/3/2024")],
    ),
    ("p23-unknown-province", "province", "tỉnh", 2024, None, ["PHỤ LỤC", T24, kem("UBND tỉnh Sông Bé", "20/3/2024")]),
    ("p24-dac-lac-variant", "province", "tỉnh", 2026, None, ["PHỤ LỤC", T26, kem("UBND tỉnh Đắc Lắc")]),
    ("p25-province-tone-typo", "province", "tỉnh", 2026, None, ["PHỤ LỤC", T26, kem("UBND tỉnh Quảng Ngải")]),
    (
        "p26-commune-implementing-province",
        "commune",
        "xã",
        2026,
        None,
        [
            "PHỤ LỤC",
            T26,
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 20/3/2026 của UBND xã Hưng Nguyên thực hiện "
            "Kế hoạch số 45/KH-UBND của UBND tỉnh Nghệ An)",
        ],
    ),
    (
        "p27-province-units-named-in-title",
        "province",
        "tỉnh",
        2026,
        None,
        ["PHỤ LỤC", "NHIỆM VỤ GIAO CÁC SỞ, NGÀNH VÀ UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU NĂM 2026", kem("UBND tỉnh Quảng Trị")],
    ),
    (
        "p28-province-pilot-ward-in-title",
        "province",
        "tỉnh",
        2026,
        None,
        ["PHỤ LỤC", T26, kem("UBND tỉnh Quảng Trị"), "(thí điểm tại phường Đông Hà và đặc khu Cồn Cỏ)"],
    ),
    (
        "p29-party-committee-issuer",
        "commune",
        "phường",
        2026,
        None,
        ["PHỤ LỤC", T26, "(Kèm theo Kế hoạch số 05-KH/ĐU ngày 12/3/2026 của Ban Thường vụ Đảng ủy phường Hải Châu)"],
    ),
    (
        "p30-department-issuer",
        "province",
        "tỉnh",
        2026,
        None,
        ["PHỤ LỤC", T26, "(Kèm theo Kế hoạch số 12/KH-SNV ngày 12/3/2026 của Sở Nội vụ tỉnh Quảng Ngãi)"],
    ),
    (
        "p31-provincial-party-issuer",
        "province",
        "tỉnh",
        2026,
        None,
        ["PHỤ LỤC", T26, "(Kèm theo Kế hoạch số 30-KH/TU ngày 12/3/2026 của Ban Thường vụ Tỉnh ủy Quảng Ngãi)"],
    ),
    (
        "p32-hue-2026-former-name",
        "city",
        "thành phố",
        2026,
        None,
        ["PHỤ LỤC", T26, kem("UBND thành phố Huế"), "(địa bàn tỉnh Thừa Thiên Huế trước đây)"],
    ),
    (
        "p33-district-province-named",
        "district",
        "huyện",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND huyện Tam Dương, tỉnh Vĩnh Phúc", "20/3/2024")],
    ),
    (
        "p34-provincial-city-other-name-2",
        "district",
        "thành phố",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND thành phố Phúc Yên, tỉnh Vĩnh Phúc", "20/3/2024")],
    ),
    (
        "p35-provincial-city-same-name-2",
        "district",
        "thành phố",
        2024,
        None,
        ["PHỤ LỤC", T24, kem("UBND thành phố Hòa Bình, tỉnh Hòa Bình", "20/3/2024")],
    ),
    (
        "p36-two-years-in-title",
        "province",
        "tỉnh",
        2026,
        None,
        ["PHỤ LỤC", "KẾT QUẢ CHỈ SỐ PAPI NĂM 2025 VÀ NHIỆM VỤ, GIẢI PHÁP NĂM 2026", kem("UBND tỉnh Quảng Ngãi")],
    ),
    (
        "p37-no-year-in-title-dated-2025",
        "province",
        "tỉnh",
        2026,
        None,
        ["PHỤ LỤC", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI", kem("UBND tỉnh Quảng Ngãi", "25/12/2025")],
    ),
    (
        "p38-plan-2025-after-reform",
        "province",
        "tỉnh",
        2025,
        None,
        ["PHỤ LỤC", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2025", kem("UBND tỉnh Quảng Ngãi", "15/9/2025")],
    ),
    ("p39-title-case-issuer", "province", "tỉnh", 2026, None, ["PHỤ LỤC", T26, kem("Ủy Ban Nhân Dân Tỉnh Quảng Ngãi")]),
    (
        "p40-decision-of-chairman",
        "province",
        "tỉnh",
        2026,
        None,
        [
            "PHỤ LỤC",
            T26,
            "(Ban hành kèm theo Quyết định số 345/QĐ-UBND ngày 12/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi)",
        ],
    ),
    (
        "p41-decision-ward",
        "commune",
        "phường",
        2026,
        None,
        ["PHỤ LỤC", T26, "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 12/3/2026 của UBND phường Cẩm Lệ)"],
    ),
]

if __name__ == "__main__":
    b.HERE = Path(sys.argv[1])
    b.HERE.mkdir(parents=True, exist_ok=True)
    for name, ag, unit, year, header, lines in PROBES:
        b.build(
            b.Doc(
                name, ag, unit, year, header, lines, {"level": "", "word": "", "name": "", "province": "", "year": year}
            )
        )
