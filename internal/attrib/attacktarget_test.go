package attrib

import "testing"

// TestAttackTargets checks that "attack(s) on" is speech only when its
// object can be attacked in words: a plan, a board, a person by name; a
// country, a town, a hiker or a goal is hit by force.
func TestAttackTargets(t *testing.T) {
	checkLines(t, []wantLines{
		{"a plan",
			"The mayor's attacks on the transit plan drew loud applause.",
			[]string{"The mayor's | attacks on | the transit plan | indirect"}},
		{"a person by name",
			"The senator renewed her attacks on Walter Brinkley over the audit.",
			[]string{"The senator | renewed her attacks on | Walter Brinkley | indirect"}},
		{"a country",
			"Germany's attack on France in 1914 opened the western front.",
			nil},
		{"a city, renewed",
			"The army renewed its attacks on Aleppo overnight with heavy shelling.",
			nil},
		{"an animal's prey",
			"The bear's attack on a hiker closed the trail for a week.",
			nil},
		{"a gunman's target",
			"The gunman's attack on the concert hall left nine people dead.",
			nil},
		{"a stronghold",
			"The militia launched an attack on the rebel stronghold at dawn.",
			nil},
		{"sport",
			"The winger made an attack on goal in the final minute.",
			nil},
	})
}
