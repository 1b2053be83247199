'use strict';
// Symbols shared by the readline modules.

module.exports = {
  kSawKeyPress: Symbol('_sawKeyPress'),
  kQuestion: Symbol('kQuestion'),
  kQuestionCancel: Symbol('kQuestionCancel'),
  kQuestionReject: Symbol('kQuestionReject'),
};
