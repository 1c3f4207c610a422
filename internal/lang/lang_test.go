package lang

import "testing"

func TestDetect(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The dam gave way on Saturday night and sent a wall of water down the valley, officials said on Monday.", "en"},
		{"Le barrage a cédé samedi soir et a envoyé un mur d'eau dans la vallée, ont déclaré les autorités lundi.", "fr"},
		{"Der Damm brach am Samstagabend und schickte eine Wasserwand ins Tal, sagten die Behörden am Montag.", "de"},
		{"Плотина прорвалась в субботу вечером и отправила стену воды в долину, заявили власти в понедельник.", "ru"},
	}
	for _, c := range cases {
		got, reliable := Detect(c.text)
		if got != c.want || !reliable {
			t.Errorf("Detect(%.30q) = %q, %v; want %q, reliable", c.text, got, reliable, c.want)
		}
	}
	if _, reliable := Detect("Too short."); reliable {
		t.Error("a short text cannot be reliably detected")
	}
}

func TestEnglish(t *testing.T) {
	for tag, want := range map[string]bool{"": true, "en": true, "en-GB": true, "EN": true, "fr": false, "de-DE": false} {
		if English(tag) != want {
			t.Errorf("English(%q) = %v", tag, !want)
		}
	}
}

func TestLooksEnglish(t *testing.T) {
	en := "The dam gave way on Saturday night and sent a wall of water down the valley, officials said on Monday, and the town was flooded."
	fr := "Le barrage a cédé samedi soir et a envoyé un mur d'eau dans la vallée, ont déclaré les autorités lundi, et la ville a été inondée."
	if !LooksEnglish(en) {
		t.Error("English news does not look English")
	}
	if LooksEnglish(fr) {
		t.Error("French looks English")
	}
}
