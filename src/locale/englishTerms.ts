/**
 * The English words of the ids messages name, by `namespace.id`, where the word is not the id itself: what
 * `{foci, list, nutrition}` prints in English, and what a locale without the word falls back to (then the id:
 * `{level, term, level}` prints "beginner"). Only the namespaces the built-in English messages use are here, since
 * every validation carries them; the shipped locales word more (levels, run types, modalities, fundamentals).
 */
export const ENGLISH_TERMS: Readonly<Record<string, string>> = {
  "nutrition.lean-protein": "lean protein",
  "nutrition.complex-carbs": "complex carbohydrates",
  "nutrition.fruit-vegetables": "fruit and vegetables",
  "nutrition.mindful-eating": "mindful eating",
  // Patterns of strength work and what to eat: the lists the strength and nutrition rules name.
  "patternExample.knee-dominant": "squats, lunges or step-ups",
  "patternExample.hip-hinge": "Romanian deadlifts, hip thrusts or glute bridges",
  "patternExample.calf-foot": "calf raises",
  "patternExample.trunk": "planks or leg lifts",
  "patternExample.plyometric": "pogo jumps or skipping",
  "patternExample.upper": "push-ups or rows",
  "nutritionExample.lean-protein": "lean protein (fish, chicken, eggs, beans or yogurt)",
  "nutritionExample.complex-carbs": "complex carbohydrates (whole grains, oats, potatoes, rice)",
  "nutritionExample.fruit-vegetables": "fruit and vegetables at every meal",
  "nutritionExample.mindful-eating": "eating slowly and noticing when you are full",
};
