"""What a planner would run instead of Arranjo (issue 16): the anchors `npm run bench -- cli` prints
beside Arranjo's own figures. Standard library + pandas only (Debian: apt-get install python3-pandas).

  python3 pandas-anchor.py analyze <long.csv> <municipios.csv> <cnae.csv> <out-dir>
      LQ (2021), shift-share (2020 -> 2021) and diversity (2021) at CNAE division level with the
      country as reference, the same three tables (same rows, columns and names) the three
      `arranjo analyze ... --format csv` calls write.
  python3 pandas-anchor.py import <long.csv> <db-file>
      read_csv, then a keyed SQLite table (primary key territory, classification, sector, year,
      measure), every row inserted in one transaction.
"""
import sqlite3
import sys

import numpy as np
import pandas as pd


def names(municipios, cnae):
    m = pd.read_csv(municipios, usecols=["codigo_ibge", "nome"]).rename(columns={"codigo_ibge": "territory_code", "nome": "territory_name"})
    c = pd.read_csv(cnae, usecols=["divisao", "descricao_divisao"], dtype=str).drop_duplicates("divisao")
    c = c.rename(columns={"divisao": "sector_code", "descricao_divisao": "sector_name"})
    c["sector_code"] = c["sector_code"].str.zfill(2)
    return m, c


def dense(df, year):
    """Territory x sector matrix of jobs (0 where a pair has no row), territories and sectors of that year."""
    y = df[df["year"] == year]
    return y.pivot_table(index="territory_code", columns="sector_code", values="jobs", aggfunc="sum", fill_value=0)


def analyze(long_csv, municipios, cnae, out):
    df = pd.read_csv(long_csv, dtype={"sector_code": str})
    df = df[df["classification"] == "cnae-division"]
    m, c = names(municipios, cnae)

    def label(t):
        return t.merge(m, on="territory_code", how="left").merge(c, on="sector_code", how="left")

    # Location quotient, 2021: (e_ij / e_j) / (E_i / E).
    x = dense(df, 2021)
    share = x.div(x.sum(axis=1), axis=0)
    ref = x.sum(axis=0) / x.to_numpy().sum()
    lq = share.div(ref, axis=1)
    t = x.stack().rename("jobs").to_frame().join(lq.stack().rename("lq")).reset_index()
    t["year"] = 2021
    label(t)[["territory_code", "territory_name", "sector_code", "sector_name", "year", "jobs", "lq"]].to_csv(f"{out}/lq.csv", index=False)

    # Shift-share, 2020 -> 2021 (classical: national share, industry mix, regional shift).
    a, b = dense(df, 2020), dense(df, 2021)
    a, b = a.align(b, fill_value=0)
    g = b.to_numpy().sum() / a.to_numpy().sum() - 1
    gi = b.sum(axis=0) / a.sum(axis=0) - 1
    gij = (b / a.replace(0, np.nan)) - 1
    t = pd.DataFrame({"jobs_from": a.stack(), "jobs_to": b.stack()})
    t["reference_share"] = t["jobs_from"] * g
    t["industry_mix"] = a.mul(gi - g, axis=1).stack()
    t["regional_shift"] = (a * gij.sub(gi, axis=1)).stack()
    t["total_change"] = t["jobs_to"] - t["jobs_from"]
    t = label(t.reset_index())
    t[["territory_code", "territory_name", "sector_code", "sector_name", "jobs_from", "jobs_to", "reference_share", "industry_mix", "regional_shift", "total_change"]].to_csv(f"{out}/shift-share.csv", index=False)

    # Diversity, 2021: Herfindahl-Hirschman, Shannon entropy, Krugman dissimilarity to the country.
    s = x.div(x.sum(axis=1), axis=0)
    logs = np.log(s.where(s > 0))
    d = pd.DataFrame({"hhi": (s**2).sum(axis=1), "shannon": -(s * logs).sum(axis=1), "krugman": s.sub(ref, axis=1).abs().sum(axis=1)})
    d["year"] = 2021
    d = d.reset_index().merge(m, on="territory_code", how="left")
    d[["territory_code", "territory_name", "year", "hhi", "shannon", "krugman"]].to_csv(f"{out}/diversity.csv", index=False)


def import_csv(long_csv, db_file):
    df = pd.read_csv(long_csv, dtype={"sector_code": str})
    con = sqlite3.connect(db_file)
    con.execute(
        "CREATE TABLE employment (territory_code INTEGER NOT NULL, classification TEXT NOT NULL, sector_code TEXT NOT NULL,"
        " year INTEGER NOT NULL, measure TEXT NOT NULL, value REAL, PRIMARY KEY (territory_code, classification, sector_code, year, measure))"
    )
    rows = df.melt(id_vars=["territory_code", "classification", "sector_code", "year"], var_name="measure", value_name="value")
    with con:
        con.executemany("INSERT INTO employment VALUES (?, ?, ?, ?, ?, ?)", rows.itertuples(index=False, name=None))
    con.close()


if __name__ == "__main__":
    if sys.argv[1] == "analyze":
        analyze(*sys.argv[2:6])
    else:
        import_csv(*sys.argv[2:4])
