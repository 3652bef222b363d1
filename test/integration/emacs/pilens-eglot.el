;;; pilens-eglot.el --- drive `pilens lsp --stdio' from Emacs with eglot, in batch  -*- lexical-binding: t -*-

;; Emacs 28 (Debian bookworm) has no built-in eglot: Debian's elpa-eglot package provides it,
;; activated by `package-initialize'.  Emacs 28 has no TypeScript mode either, so a minimal one
;; derived from js-mode stands in (eglot names the language "typescript" after it).  Reads
;; PILENS_CLI (the bundle), PILENS_ROOT, PILENS_FILES (comma-separated), writes what the editor
;; saw as JSON to PILENS_OUT and exits; any error is written there too and exits non-zero.

(require 'package)
(package-initialize)
(require 'json)

(defvar pilens-out (getenv "PILENS_OUT"))
(defvar pilens-root (file-name-as-directory (getenv "PILENS_ROOT")))
(defvar pilens-result nil)

(define-derived-mode typescript-mode js-mode "TypeScript")
(add-to-list 'auto-mode-alist '("\\.ts\\'" . typescript-mode))

(defun pilens-wait (pred seconds)
  "Process server output until PRED holds or SECONDS pass; PRED's last value."
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun pilens-position (pos)
  "POS as a 0-based (line . column) pair."
  (save-excursion
    (goto-char pos)
    (cons (1- (line-number-at-pos pos)) (- pos (line-beginning-position)))))

(defun pilens-diagnostic (d)
  "What the test compares of flymake diagnostic D."
  (let* ((beg (pilens-position (flymake-diagnostic-beg d)))
         (end (pilens-position (flymake-diagnostic-end d)))
         (spec (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
    `((lnum . ,(car beg)) (col . ,(cdr beg)) (end_lnum . ,(car end)) (end_col . ,(cdr end))
      (source . ,(plist-get spec :source)) (code . ,(plist-get spec :code))
      (message . ,(flymake-diagnostic-text d)))))

(defun pilens-visit (path)
  "Open PATH under eglot, wait for its diagnostics, ask for a hover on the first."
  (find-file path)
  (unless (eglot-current-server)
    (apply #'eglot (eglot--guess-contact)))
  ;; Flymake starts on display in an interactive Emacs; in batch it is asked to, until the
  ;; diagnostics the server published have reached it.
  (let* ((waited (pilens-wait (lambda () (flymake-start) (flymake-diagnostics)) 30))
         (diags (sort (flymake-diagnostics)
                      (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
         (hover nil))
    (when diags
      (goto-char (flymake-diagnostic-beg (car diags)))
      (setq hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                   (eglot--TextDocumentPositionParams))))
    `((path . ,path) (mode . ,(symbol-name major-mode)) (waited . ,(if waited t :json-false))
      (diagnostics . ,(vconcat (mapcar #'pilens-diagnostic diags)))
      (hover . ,(and hover `((contents . ,(plist-get hover :contents))))))))

(defun pilens-run ()
  (require 'eglot)
  (setq eglot-server-programs
        `(((sql-mode typescript-mode) . ("node" ,(getenv "PILENS_CLI") "lsp" "--stdio"))))
  (setq eglot-sync-connect t eglot-connect-timeout 60 eglot-autoreconnect nil)
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient pilens-root)))
  (let ((files (mapcar #'pilens-visit (split-string (getenv "PILENS_FILES") "," t)))
        (server (eglot-current-server)))
    ;; shutdown and exit by hand: eglot-shutdown (1.9) deletes the process right after sending
    ;; exit, so its status would say nothing about the server ending cleanly.
    (let ((process (jsonrpc--process server)))
      (jsonrpc-request server :shutdown nil :timeout 10)
      (jsonrpc-notify server :exit nil)
      (pilens-wait (lambda () (not (process-live-p process))) 10)
      (setq pilens-result
            `((emacs . ,emacs-version) (eglot . ,(package-desc-version (cadr (assq 'eglot package-alist))))
              (files . ,(vconcat files))
              (exit_code . ,(if (process-live-p process) :json-null (process-exit-status process))))))))

(let ((ok (condition-case err (progn (pilens-run) t)
            (error (setq pilens-result `((error . ,(error-message-string err)))) nil))))
  (with-temp-file pilens-out (insert (json-encode pilens-result)))
  (kill-emacs (if ok 0 1)))

;;; pilens-eglot.el ends here
