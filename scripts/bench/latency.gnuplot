# Latency percentiles of the servers of scripts/bench/run: the settings. The script appends the
# two panels' "plot" lines for the servers that ran (the .dat files it writes) and runs the result.
set terminal pngcairo size 1400,520 font ",10"
set output "latency.png"
set multiplot layout 1,2 title "Latency by percentile, create-mirror POST (median run of each)"
set logscale x
set logscale y
set xrange [2:20000]
set xtics ("50%%" 2, "90%%" 10, "99%%" 100, "99.9%%" 1000, "99.99%%" 10000)
set ylabel "latency (ms)"
set grid
set key top left
x(p) = 1 / (1 - p / 100)
