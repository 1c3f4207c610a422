package timex

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZScratch(t *testing.T) {
	b, err := os.ReadFile("/tmp/phr.txt")
	if err != nil {
		t.Skip()
	}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		ms := Find(l, qref)
		var ps []string
		for _, m := range ms {
			s := "[" + m.Text + "|" + m.Type + "|" + m.Value + "|" + m.Mod + "|" + m.Zone
			if m.Range != nil {
				s += "|" + m.Range[0] + ".." + m.Range[1]
			}
			ps = append(ps, s+"]")
		}
		fmt.Printf("%-60s %s\n", l, strings.Join(ps, " "))
	}
}
