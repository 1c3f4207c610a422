//go:build !unix

package cputime

import "time"

// Supported reports whether Process measures anything on this system.
const Supported = false

func process() time.Duration { return 0 }
