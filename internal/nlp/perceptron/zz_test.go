package perceptron

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/models"
)

func TestZZRows(t *testing.T) {
	for _, name := range []string{models.TaggerFile, models.ParserFile, models.NERFile} {
		b, _ := fs.ReadFile(models.FS, name)
		var meta any
		ms, err := LoadBundle(bytes.NewReader(b), &meta)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			hist := map[int]int{}
			for f := range m.keys {
				n := int(m.rowStart[f+1] - m.rowStart[f])
				if n > 8 {
					n = 9
				}
				hist[n]++
			}
			t.Logf("%s classes %d feats %d weights %d table %d hist %v", name, m.NClasses, len(m.keys), len(m.w), m.mask+1, hist)
		}
	}
}
