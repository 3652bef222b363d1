/** Paths the flow test tables analyse their texts under: the path picks the language. */
export const PY = 'src/app/service.py';
export const JAVA = 'src/main/java/App.java';
export const GO = 'internal/app/app.go';
export const KT = 'app/src/main/java/App.kt';
export const CS = 'src/Api/App.cs';
