// "Lees voor": the browser's own speech reads the question and its choices aloud in the page's language.
// No outside service: only window.speechSynthesis. The button stays hidden until the browser has a voice
// for the language; Chromium loads its voices late and says so with "voiceschanged".
(function () {
  "use strict";
  var button = document.querySelector("[data-read-aloud]");
  var synth = window.speechSynthesis;
  if (!button || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
    return;
  }
  var lang = (button.getAttribute("data-lang") || document.documentElement.lang || "").toLowerCase();

  // A voice for "tr" is any "tr", "tr-TR" or (Android) "tr_TR"; an exact match comes first.
  function voiceFor() {
    var voices = synth.getVoices() || [];
    var exact = null;
    var regional = null;
    for (var i = 0; i < voices.length; i++) {
      var voiceLang = (voices[i].lang || "").toLowerCase().replace("_", "-");
      if (voiceLang === lang && !exact) { exact = voices[i]; }
      if (voiceLang.indexOf(lang + "-") === 0 && !regional) { regional = voices[i]; }
    }
    return exact || regional;
  }

  function showIfVoice() {
    button.hidden = !voiceFor();
  }

  // The question first, then each choice, each as its own sentence so the voice pauses between them.
  function textToRead() {
    var parts = document.querySelectorAll("[data-read-aloud-part]");
    var texts = [];
    for (var i = 0; i < parts.length; i++) {
      var text = parts[i].textContent.replace(/\s+/g, " ").trim();
      if (text) { texts.push(/[.?!:;؟。]$/.test(text) ? text : text + "."); }
    }
    return texts.join(" ");
  }

  button.addEventListener("click", function () {
    var voice = voiceFor();
    if (!voice) { return; }
    synth.cancel(); // a second press starts again instead of queueing the same text twice
    var utterance = new window.SpeechSynthesisUtterance(textToRead());
    utterance.voice = voice;
    utterance.lang = voice.lang || lang;
    synth.speak(utterance);
  });

  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", showIfVoice);
  } else {
    synth.onvoiceschanged = showIfVoice;
  }
  showIfVoice();
})();
