'use strict';
// node:worker_threads. Worker is lib/internal/worker.js, the ports lib/internal/worker/io.js; what
// describes this thread (isMainThread, parentPort, workerData, ...) comes from
// lib/internal/worker/state.js, which a worker's main fills in before its script runs.

const state = require('internal/worker/state');
const {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  moveMessagePortToContext,
  receiveMessageOnPort,
} = require('internal/worker/io');
const { Worker, SHARE_ENV } = require('internal/worker');
const {
  markAsUntransferable,
  isMarkedAsUntransferable,
} = require('internal/native_builtins');

function setEnvironmentData(key, value) {
  if (value === undefined) {
    state.environmentData.delete(key);
  } else {
    state.environmentData.set(key, value);
  }
}

function getEnvironmentData(key) {
  return state.environmentData.get(key);
}

module.exports = {
  isMainThread: state.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: state.resourceLimits,
  threadId: state.threadId,
  SHARE_ENV,
  Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
