// Medians and rounding for the bench's samples (every timing is the median of the measured runs).

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits)

/** Median, min, max and every sample, rounded to 0.1. */
export const summary = (samples) => ({
  median: round(median(samples)),
  min: round(Math.min(...samples)),
  max: round(Math.max(...samples)),
  samples: samples.map((value) => round(value)),
})
