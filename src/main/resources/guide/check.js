// Checks each e-mail address as the person types it, by asking the assistant's own server, which
// answers with the one rule the terminal uses too (questions/Questionnaire.email). Without this
// script the same check runs when the form is sent.
(() => {
  for (const input of document.querySelectorAll('input[data-check]')) {
    const error = document.getElementById(input.id + '-error');
    let pending;
    input.addEventListener('input', () => {
      clearTimeout(pending);
      pending = setTimeout(async () => {
        try {
          const answer = await fetch(input.dataset.check, {
            method: 'POST',
            body: new URLSearchParams({ email: input.value }),
          });
          const { message } = await answer.json();
          error.textContent = message;
          if (message) {
            input.setAttribute('aria-invalid', 'true');
          } else {
            input.removeAttribute('aria-invalid');
          }
        } catch (unreachable) {
          // The server has ended the run; sending the form tells the person.
        }
      }, 300);
    });
  }
})();
