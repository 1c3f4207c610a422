package eval

import "github.com/crosscheck-news/crosscheck/internal/nlp/nlpeval"

// The statistical core (tagger, parser, lemmatizer, NER) on UD EWT test,
// UNER EWT test and MEANTIME, as internal/nlp/nlpeval measures it.
func init() {
	Register("core", func(o Options) (map[string]Result, error) {
		rep, err := nlpeval.Evaluate(o.Data)
		if err != nil {
			return nil, err
		}
		m := rep.Map()
		for k, v := range m {
			m[k] = round(v)
		}
		return map[string]Result{"ewt_uner_meantime": {Metrics: m}}, nil
	})
}
