# Latency percentiles of the stub and the two baselines (scripts/bench/run writes the .dat files).
set terminal pngcairo size 1200,500 font ",10"
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
set title "32 connections, as fast as possible"
plot "plot-full-stub.dat" using (x($1)):2 with linespoints lw 2 title "stub (full)", \
     "plot-full-grizzly.dat" using (x($1)):2 with linespoints lw 2 title "Jersey+Grizzly (bare)", \
     "plot-full-jdk.dat" using (x($1)):2 with linespoints lw 2 title "JDK httpserver (bare)"
set title "32 connections, half of each server's maximum rate"
plot "plot-half-stub.dat" using (x($1)):2 with linespoints lw 2 title "stub (full)", \
     "plot-half-grizzly.dat" using (x($1)):2 with linespoints lw 2 title "Jersey+Grizzly (bare)", \
     "plot-half-jdk.dat" using (x($1)):2 with linespoints lw 2 title "JDK httpserver (bare)"
unset multiplot
