"""A bare regex pass over report files: finds table 三's row labels and the numbers after them.
usage: python3 baseline_regex.py FOLDER...   (the speed floor the extraction is compared with)
The floor a real extractor's speed is measured against (same files, same run)."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seedgold import table3_numbers  # noqa: E402

t = time.perf_counter()
n = 0
for d in sys.argv[1:]:
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), "rb") as f:
            text = f.read().decode("utf-8", "replace")
        try:
            table3_numbers(text)
        except ValueError:
            pass
        n += 1
print(f"{n} files in {time.perf_counter() - t:.2f} s")
