// What VS Code gives a webview's script (https://code.visualstudio.com/api/extension-guides/webview#scripts-and-message-passing).
interface VsCodeWebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeWebviewApi;
