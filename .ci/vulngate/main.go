// Command vulngate reads `govulncheck -format json` on stdin and exits 1
// when the code calls a vulnerability that is not an accepted
// standard-library one (see internal/vulngate). Usage:
//
//	govulncheck -format json ./... | go run ./.ci/vulngate .ci/govulncheck-accepted.txt
package main

import (
	"fmt"
	"os"

	"github.com/crosscheck-news/crosscheck/internal/vulngate"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: vulngate ACCEPTED-LIST < govulncheck.json")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulngate:", err)
		os.Exit(2)
	}
	accepted, err := vulngate.ParseAccepted(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "vulngate: %s: %v\n", os.Args[1], err)
		os.Exit(2)
	}
	findings, err := vulngate.Read(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulngate:", err)
		os.Exit(2)
	}
	v := vulngate.Decide(findings, accepted)
	v.Report(os.Stdout, accepted)
	if !v.OK() {
		os.Exit(1)
	}
}
