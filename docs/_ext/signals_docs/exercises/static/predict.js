// "Predict the output" (docs/_ext/signals_docs/exercises/predict.py). The answer is in the page,
// written by the build from the recorded run: this script only shows the Check button, says whether
// the reader's pick was right (the status line is a live region), opens the answer and tells
// progress.js the question was answered. Nothing else loads; no runtime is needed.
(() => {
  for (const box of document.querySelectorAll(".predict[data-answer]")) {
    const button = box.querySelector(".predict-check");
    const status = box.querySelector(".predict-status");
    const answer = box.querySelector(".predict-answer");
    const labels = [...box.querySelectorAll(".predict-choice")];
    if (!self.signalsProgress?.read()[box.dataset.question]) answer.hidden = true; // not before a pick
    button.hidden = false;
    button.addEventListener("click", () => {
      const picked = box.querySelector("input:checked");
      if (!picked) {
        status.textContent = status.dataset.none;
        box.querySelector("input").focus();
        return;
      }
      const right = picked.value === box.dataset.answer;
      box.dataset.state = right ? "right" : "wrong";
      for (const label of labels) delete label.dataset.result;
      labels[box.dataset.answer - 1].dataset.result = "right";
      if (!right) picked.closest(".predict-choice").dataset.result = "wrong";
      status.textContent = (right ? "✓ " : "✗ ") + status.dataset[right ? "right" : "wrong"];
      answer.hidden = false;
      answer.open = true;
      self.signalsProgress?.answered(box.dataset.question, right); // remembered in this browser only
    });
  }
})();
