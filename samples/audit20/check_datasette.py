"""Serve OUT/plan.sqlite with OUT/metadata.json through Datasette in-process (README l.36, l.282-283)
and check the canned queries, the search box and facets. Usage: python check_datasette.py OUT"""
import asyncio, json, os, sys


async def main(out):
    from datasette.app import Datasette
    md = json.load(open(os.path.join(out, "metadata.json"), encoding="utf-8"))
    ds = Datasette([os.path.join(out, "plan.sqlite")], metadata=md)
    await ds.invoke_startup()
    fails = 0

    async def get(path):
        r = await ds.client.get(path)
        return r.status_code, (r.json() if r.status_code == 200 and ".json" in path else r.text[:300])

    checks = [
        ("rows table", "/plan/rows.json?_size=1&_shape=objects"),
        ("search accented 'Tài chính'", "/plan/rows.json?_search=T%C3%A0i%20ch%C3%ADnh&_shape=objects&_size=max"),
        ("search unaccented 'tai chinh'", "/plan/rows.json?_search=tai%20chinh&_shape=objects&_size=max"),
        ("canned Rows by agency", "/plan/mentions_by_agency.json?agency=phong-tu-phap&_shape=objects&_size=max"),
        ("canned Mentions to review", "/plan/mentions_to_review.json?_shape=objects&_size=max"),
        ("facets row_agencies", "/plan/row_agencies.json?_size=0"),
        ("facets rows", "/plan/rows.json?_size=0"),
    ]
    for name, path in checks:
        st, body = await get(path)
        ok = st == 200
        fails += not ok
        info = ""
        if ok and isinstance(body, dict):
            info = f"rows={len(body.get('rows', []))} facets={sorted((body.get('facet_results') or {}).get('results', body.get('facet_results') or {}).keys()) if body.get('facet_results') else None}"
        print(("PASS" if ok else "FAIL"), name, st, info or str(body)[:200])
    return fails


if __name__ == "__main__":
    sys.exit(1 if asyncio.run(main(sys.argv[1])) else 0)
