package io.handspec.generator; final class Placeholder {}
