package entity

import (
	"os"
	"testing"
)

func TestEyeball(t *testing.T) {
	raw, err := os.ReadFile(os.Getenv("EYE"))
	if err != nil {
		t.Skip()
	}
	d := analyse(string(raw))
	dump(t, d)
}
