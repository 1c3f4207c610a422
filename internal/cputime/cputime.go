// Package cputime reads the CPU time this process has used, which the
// benchmarks and the reliability bounds report instead of wall time: on a
// shared, busy machine the wall clock stretches several times over, while
// the CPU a step takes stays put.
package cputime

import "time"

// Process returns the user and system CPU time of this process, all
// threads together, or 0 where the system cannot tell (see Supported).
func Process() time.Duration { return process() }
