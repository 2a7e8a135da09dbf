"""
The reference pipeline a data analyst would write with pandas + scikit-learn, doing the same
steps as Segbot: load, clean, RFM, log1p + standardize, k-means k=2..8 (10 restarts each),
silhouette on a 10,000-customer sample, PCA to 2-D, isolation forest.

Run by bench/run.ts in its own process (so its peak memory is its own); prints one JSON object.
Usage: python3 reference.py INPUT --rfm-out FILE [--seed N] [--k-min 2] [--k-max 8]
"""
import argparse
import json
import resource
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.ensemble import IsolationForest
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

parser = argparse.ArgumentParser()
parser.add_argument("input")
parser.add_argument("--rfm-out", required=True)
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--k-min", type=int, default=2)
parser.add_argument("--k-max", type=int, default=8)
parser.add_argument("--restarts", type=int, default=10)
parser.add_argument("--silhouette-sample", type=int, default=10_000)
parser.add_argument("--date-format", default="%Y-%m-%d %H:%M:%S")
args = parser.parse_args()

stages = {}
clock = time.perf_counter()


def lap(name):
    global clock
    now = time.perf_counter()
    stages[name] = now - clock
    clock = now


# Load: ids and invoice numbers as text (leading zeros, "C" prefixes).
df = pd.read_csv(args.input, dtype={"CustomerID": str, "InvoiceNo": str, "StockCode": str})
rows_read = len(df)
lap("load")

# Clean, in Segbot's order: missing id, unreadable date, cancellations, non-positive price,
# zero quantity, exact duplicates.
df = df[df["CustomerID"].notna()]
df["CustomerID"] = df["CustomerID"].str.replace(r"\.0+$", "", regex=True)
df["InvoiceDate"] = pd.to_datetime(df["InvoiceDate"], format=args.date_format, errors="coerce")
df = df[df["InvoiceDate"].notna()]
df = df[~(df["InvoiceNo"].str.match(r"^[Cc][0-9]") | (df["Quantity"] < 0))]
df = df[df["UnitPrice"] > 0]
df = df[df["Quantity"] != 0]
df = df.drop_duplicates()
lap("clean")

# RFM with the snapshot the day after the last date.
df["Revenue"] = df["Quantity"] * df["UnitPrice"]
snapshot = df["InvoiceDate"].max().normalize() + pd.Timedelta(days=1)
rfm = df.groupby("CustomerID").agg(
    last=("InvoiceDate", "max"), frequency=("InvoiceNo", "nunique"), monetary=("Revenue", "sum")
)
rfm["recency_days"] = (snapshot - rfm["last"].dt.normalize()).dt.days
rfm = rfm[["recency_days", "frequency", "monetary"]].sort_index()
lap("rfm")

X = StandardScaler().fit_transform(np.log1p(rfm.to_numpy(dtype=float)))
lap("scale")

inertia = {}
labels = {}
for k in range(args.k_min, args.k_max + 1):
    model = KMeans(n_clusters=k, n_init=args.restarts, random_state=args.seed).fit(X)
    inertia[k] = float(model.inertia_)
    labels[k] = model.labels_
lap("kmeans")

silhouette = {}
for k, lab in labels.items():
    sample = min(args.silhouette_sample, len(X))
    silhouette[k] = float(silhouette_score(X, lab, sample_size=sample, random_state=args.seed))
lap("silhouette")

PCA(n_components=2, random_state=args.seed).fit_transform(X)
lap("pca")

IsolationForest(n_estimators=100, max_samples=256, contamination=0.02, random_state=args.seed).fit(X).score_samples(X)
lap("isolation_forest")

rfm.to_csv(args.rfm_out, index_label="customer_id")
print(json.dumps({
    "rowsRead": rows_read,
    "rowsKept": len(df),
    "customers": len(rfm),
    "stages": stages,
    "inertia": inertia,
    "silhouette": silhouette,
    "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
